package demo;

final class Limits {

  static final int MAX_ARGS = 16;

  private Limits() {}
}
