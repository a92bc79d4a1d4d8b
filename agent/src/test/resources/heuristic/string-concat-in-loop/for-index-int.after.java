package demo;

class Numbers {

  static String csv(int n) {
    String s = "";
    StringBuilder sBuilder = new StringBuilder(s);
    for (int i = 0; i < n; i++) {
      sBuilder.append(i);
      sBuilder.append(',');
    }
    s = sBuilder.toString();
    return s;
  }
}
