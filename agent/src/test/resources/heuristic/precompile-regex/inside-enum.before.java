package demo;

enum Unit {
  METER("m  meters");

  final String[] names;

  Unit(String spec) {
    this.names = spec.split("\\s+");
  }

  String[] aliases(String more) {
    return more.split("\\s+");
  }
}
