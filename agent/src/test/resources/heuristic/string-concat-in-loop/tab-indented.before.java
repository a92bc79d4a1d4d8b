package demo;

class Tabs {

	static String stars(int n) {
		String s = "*";
		for (int i = 1; i < n; i++)
			s += "*";
		return s;
	}
}
