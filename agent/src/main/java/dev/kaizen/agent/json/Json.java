package dev.kaizen.agent.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.NameTransformer;

/**
 * JSON for the ledger and for {@code --json} output: records and maps in, text out. Jackson stays
 * inside this package. Null fields are left out; unknown fields are ignored when reading, so a
 * newer ledger stays readable. Records name their keys with {@link JsonKey} and flatten a component
 * into their own object with {@link JsonInline}.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .annotationIntrospector(new KaizenAnnotations())
          .build();

  private Json() {}

  /** One line of JSON. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Indented JSON, ending with a newline. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads {@code text} as a {@code type}.
   *
   * @throws IllegalArgumentException with the parser's one-line reason when it does not fit
   */
  public static <T> T read(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** Whether {@code text} is one well-formed JSON value. */
  public static boolean wellFormed(String text) {
    try {
      var node = MAPPER.readTree(text);
      return node != null && !node.isMissingNode();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Jackson's reading of Kaizen's own annotations, {@link JsonKey} and {@link JsonInline}. */
  private static final class KaizenAnnotations extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public PropertyName findNameForSerialization(Annotated a) {
      JsonKey key = _findAnnotation(a, JsonKey.class);
      return key != null ? PropertyName.construct(key.value()) : super.findNameForSerialization(a);
    }

    @Override
    public PropertyName findNameForDeserialization(Annotated a) {
      JsonKey key = _findAnnotation(a, JsonKey.class);
      return key != null
          ? PropertyName.construct(key.value())
          : super.findNameForDeserialization(a);
    }

    @Override
    public NameTransformer findUnwrappingNameTransformer(AnnotatedMember member) {
      return _hasAnnotation(member, JsonInline.class)
          ? NameTransformer.NOP
          : super.findUnwrappingNameTransformer(member);
    }
  }
}
