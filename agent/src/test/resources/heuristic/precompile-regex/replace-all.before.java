package demo;

class Text {

  private String text = "";

  /** Collapses runs of white space. */
  String normalized() {
    return text.replaceAll("\\s+", " ");
  }
}
