package dev.kaizen.agent.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure of a report page as text, for a golden file: headings, sections, tiles, facts, each
 * table's header and rows, and for each chart what it draws (marks counted by class, labels of
 * rules, legends and lineage rows). Styling and coordinates are left out on purpose.
 */
final class Outline {

  private final StringBuilder out = new StringBuilder();

  static String of(Xml page) {
    var o = new Outline();
    o.walk(page.document().getDocumentElement(), 0);
    return o.out.toString();
  }

  private void walk(Element e, int depth) {
    String name = e.getTagName();
    String cls = e.getAttribute("class");
    switch (name) {
      case "title" -> line(depth, "title: " + text(e));
      case "meta" -> {
        if (!e.getAttribute("http-equiv").isEmpty())
          line(depth, "meta " + e.getAttribute("http-equiv"));
      }
      case "style", "figcaption", "footer" -> {}
      case "h1", "h2", "h3" -> line(depth, name + " " + text(e));
      case "section" -> {
        line(depth, "section #" + e.getAttribute("id"));
        children(e, depth + 1);
      }
      case "p" -> line(depth, "p" + (cls.isEmpty() ? "" : "." + cls) + " " + text(e));
      case "div" -> {
        if (cls.equals("tiles")) {
          var tiles = new ArrayList<String>();
          for (Element t : elements(e)) tiles.add(text(t));
          line(depth, "tiles: " + String.join(" | ", tiles));
        } else if (cls.equals("problems")) {
          line(depth, "problems: " + text(e));
        } else {
          children(e, depth);
        }
      }
      case "dl" -> {
        var facts = new ArrayList<String>();
        List<Element> items = elements(e);
        for (int i = 0; i + 1 < items.size(); i += 2)
          facts.add(text(items.get(i)) + ": " + text(items.get(i + 1)));
        line(depth, "facts");
        facts.forEach(f -> line(depth + 1, f));
      }
      case "table" -> table(e, depth);
      case "svg" -> svg(e, depth);
      default -> children(e, depth);
    }
  }

  private void table(Element table, int depth) {
    line(depth, "table." + table.getAttribute("class"));
    for (Element row : descendants(table, "tr")) {
      var cells = new ArrayList<String>();
      for (Element cell : elements(row)) cells.add(text(cell));
      String id = row.getAttribute("id");
      line(depth + 1, (id.isEmpty() ? "" : "#" + id + " ") + String.join(" | ", cells));
    }
  }

  private void svg(Element svg, int depth) {
    line(depth, "svg." + svg.getAttribute("class") + " \"" + svg.getAttribute("aria-label") + "\"");
    Map<String, Integer> counts = new TreeMap<>();
    for (Element g : descendants(svg, "g")) {
      String cls = g.getAttribute("class");
      if (cls.startsWith("point")
          || cls.startsWith("errorbar")
          || cls.startsWith("dash")
          || node(g)) {
        counts.merge(cls, 1, Integer::sum);
      }
      if (cls.startsWith("rule"))
        line(depth + 1, cls + (text(g).isEmpty() ? "" : " \"" + text(g) + "\""));
    }
    for (String kind : List.of("polyline", "rect", "path")) {
      for (Element m : descendants(svg, kind)) {
        String cls = m.getAttribute("class");
        if (cls.startsWith("series") || cls.startsWith("bar") || cls.startsWith("edge"))
          counts.merge(kind + "." + cls, 1, Integer::sum);
      }
    }
    counts.forEach((k, v) -> line(depth + 1, k + " × " + v));
    for (Element g : descendants(svg, "g")) {
      if (g.getAttribute("class").equals("legend")) {
        line(
            depth + 1,
            "legend: "
                + String.join(", ", descendants(g, "text").stream().map(Outline::text).toList()));
      }
      if (node(g)) line(depth + 1, "row: " + text(descendants(g, "text").get(0)));
    }
  }

  private void children(Element e, int depth) {
    for (Element c : elements(e)) walk(c, depth);
  }

  private void line(int depth, String s) {
    out.append("  ".repeat(depth)).append(s).append('\n');
  }

  private static List<Element> elements(Element e) {
    var out = new ArrayList<Element>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
      if (n instanceof Element c) out.add(c);
    return out;
  }

  private static List<Element> descendants(Element e, String tag) {
    var nodes = e.getElementsByTagName(tag);
    var out = new ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  private static boolean node(Element g) {
    return List.of(g.getAttribute("class").split(" ")).contains("node");
  }

  /**
   * The text of {@code e}, with a space where one element ends and the next begins (cells hold
   * several blocks).
   */
  private static String text(Element e) {
    var sb = new StringBuilder();
    collect(e, sb);
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static void collect(Node n, StringBuilder sb) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el) {
        if (el.getTagName().equals("title")) continue;
        sb.append(' ');
        collect(c, sb);
        sb.append(' ');
      } else if (c.getNodeType() == Node.TEXT_NODE) {
        sb.append(c.getNodeValue());
      }
    }
  }
}
