package dev.kaizen.agent.index;

/** What kind of type declaration a {@link TypeInfo} is. */
public enum TypeKind {
  CLASS("class"),
  INTERFACE("interface"),
  ENUM("enum"),
  RECORD("record"),
  ANNOTATION("@interface");

  private final String keyword;

  TypeKind(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword that declares it in Java source. */
  public String keyword() {
    return keyword;
  }
}
