package dev.kaizen.agent.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component whose own keys are written into the enclosing object, in its place, and read
 * back from there: the ledger's {@code decision.json} holds the evidence's numbers next to the
 * decision's own keys. When none of its keys is present, the component is read as a value whose
 * components are all absent (null, empty or zero); the enclosing record decides what that means.
 * {@link Json} understands it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface JsonInline {}
