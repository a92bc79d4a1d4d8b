package demo;

public class Main {
  public static void main(String[] args) {
    Inventory inv = new Inventory();
    for (String a : args) {
      inv.add(a);
    }
    String report = inv.report();
    System.out.print(report);
  }
}
