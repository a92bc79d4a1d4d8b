package demo;

public class Greeter {
  public String greet(String name) {
    if (Texts.isBlank(name)) {
      return "Hello!";
    }
    return "Hello, " + name.trim() + "!";
  }
}
