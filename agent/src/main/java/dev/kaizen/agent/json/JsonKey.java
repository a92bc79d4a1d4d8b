package dev.kaizen.agent.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key a record component is written and read under when it is not the component's name: the
 * kebab-case keys of {@code kaizen.yml} kept in the ledger ({@code min-effect}), GitHub's
 * snake_case ({@code html_url}). {@link Json} understands it; nothing else needs Jackson for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface JsonKey {

  /** The key in the JSON object. */
  String value();
}
