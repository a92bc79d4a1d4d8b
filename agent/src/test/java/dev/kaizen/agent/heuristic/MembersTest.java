package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import org.junit.jupiter.api.Test;

class MembersTest {

  private final CompilationUnit unit =
      Parsing.parse(
              """
      package demo;

      class Outer {
        static { use("static-init"); }
        { use("init"); }
        Runnable field = () -> use("field");
        Outer() { use("constructor"); }
        void method() {
          new Object() { void inner() { use("anonymous"); } };
          class Local { void run() { use("local"); } }
        }
        static class Nested {
          void deep() { use("nested"); }
        }
        static void use(String s) {}
      }
      """)
          .orElseThrow();

  @Test
  void names_the_member_of_the_named_type_that_contains_the_code() {
    assertThat(memberOf("static-init")).isEqualTo("Outer#<clinit>");
    assertThat(memberOf("init")).isEqualTo("Outer#<init>");
    assertThat(memberOf("field")).isEqualTo("Outer#field");
    assertThat(memberOf("constructor")).isEqualTo("Outer#Outer");
    assertThat(memberOf("anonymous"))
        .as("an anonymous class belongs to its method")
        .isEqualTo("Outer#method");
    assertThat(memberOf("local"))
        .as("a local class belongs to its method")
        .isEqualTo("Outer#method");
    assertThat(memberOf("nested")).isEqualTo("Outer.Nested#deep");
  }

  private String memberOf(String marker) {
    return Members.member(
        unit.findFirst(StringLiteralExpr.class, s -> s.asString().equals(marker)).orElseThrow());
  }
}
