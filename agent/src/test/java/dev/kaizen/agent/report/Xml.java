package dev.kaizen.agent.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report's markup read as XML (it is well-formed by design), with XPath to query it. */
final class Xml {

  private final Document doc;

  private Xml(Document doc) {
    this.doc = doc;
  }

  /** Parses {@code markup}; fails the test with the parser's message when it is not well-formed. */
  static Xml parse(String markup) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new Xml(builder.parse(new InputSource(new StringReader(markup))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  Document document() {
    return doc;
  }

  List<Element> all(String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
      var out = new ArrayList<Element>();
      for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
      return out;
    } catch (Exception e) {
      throw new AssertionError("bad xpath " + xpath + ": " + e.getMessage(), e);
    }
  }

  Element one(String xpath) {
    List<Element> found = all(xpath);
    if (found.size() != 1)
      throw new AssertionError(found.size() + " elements match " + xpath + ", expected one");
    return found.get(0);
  }

  String text(String xpath) {
    return one(xpath).getTextContent();
  }

  /** An XPath test that {@code @class} holds {@code word}. */
  static String hasClass(String word) {
    return "contains(concat(' ', normalize-space(@class), ' '), ' " + word + " ')";
  }
}
