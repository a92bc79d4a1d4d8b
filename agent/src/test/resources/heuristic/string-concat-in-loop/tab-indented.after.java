package demo;

class Tabs {

	static String stars(int n) {
		String s = "*";
		StringBuilder sBuilder = new StringBuilder(s);
		for (int i = 1; i < n; i++)
			sBuilder.append("*");
		s = sBuilder.toString();
		return s;
	}
}
