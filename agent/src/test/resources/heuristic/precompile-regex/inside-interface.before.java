package demo;

interface Splitter {

  default String[] words(String s) {
    return s.split("\\s+");
  }
}
