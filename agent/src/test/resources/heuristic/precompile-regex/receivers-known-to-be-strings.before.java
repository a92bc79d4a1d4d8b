package demo;

class Receivers {

  private static final String DEFAULTS = "a b  c";

  private String title() {
    return "t";
  }

  String[] all(Object o, String a, String b) {
    boolean t = title().matches("[A-Z]+");
    String[] d = DEFAULTS.split(" +");
    String[] l = "x  y".split(" +");
    String[] c = (a + b).split(" +");
    String[] s = a.trim().split("\\d");
    String[] v = String.valueOf(o).split("\\d");
    return t ? d : l;
  }
}
