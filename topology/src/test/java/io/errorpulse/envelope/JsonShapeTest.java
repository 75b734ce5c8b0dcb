package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapeTest {

    @Test
    void shouldHaveOneShapePerJsonDialect() {
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        for (JsonShape shape : JsonShape.Shapes.ORDER) {
            assertThat(dialects.add(shape.dialect())).as(shape.dialect().wireName()).isTrue();
        }
        dialects.addAll(EnumSet.of(Dialect.EMPTY, Dialect.HTML, Dialect.PLAIN_TEXT, Dialect.MALFORMED));

        assertThat(dialects).isEqualTo(EnumSet.allOf(Dialect.class));
    }

    @Test
    void shouldListEveryPermittedShapeOnceInTheOrder() {
        assertThat(JsonShape.Shapes.ORDER).extracting(Object::getClass)
                .containsExactlyInAnyOrder(JsonShape.class.getPermittedSubclasses());
    }

    @Test
    void shouldSelectTheFirstShapeOfTheOrderThatMatchesAndReachEveryShape() throws IllegalAccessException {
        Random random = new Random(2026);
        Set<JsonShape> selected = new LinkedHashSet<>();
        for (int round = 0; round < 20_000; round++) {
            EnvelopeMembers members = randomMembers(random, 0.02 + random.nextDouble() * 0.3);
            JsonShape first = JsonShape.Shapes.ORDER.stream().filter(shape -> shape.matches(members)).findFirst()
                    .orElse(null);

            JsonShape shape = JsonShape.select(members);

            assertThat(shape).as("round %d", round).isSameAs(first);
            if (shape != null) {
                selected.add(shape);
            }
        }
        assertThat(selected).containsExactlyInAnyOrderElementsOf(JsonShape.Shapes.ORDER);
    }

    @Test
    void shouldSelectInTheDocumentedOrder() {
        EnvelopeMembers everything = new EnvelopeMembers();
        everything.hasAwsType = true;
        everything.errorIsObject = true;
        everything.success = Boolean.FALSE;

        assertThat(JsonShape.select(everything)).isSameAs(JsonShape.Shapes.AWS_JSON);
        everything.hasAwsType = false;
        assertThat(JsonShape.select(everything)).isSameAs(JsonShape.Shapes.SUCCESS_ENVELOPE);
        everything.success = null;
        assertThat(JsonShape.select(everything)).isSameAs(JsonShape.Shapes.NESTED_ERROR_DOC_URL);
        everything.errorIsObject = false;
        assertThat(JsonShape.select(everything)).isNull();
    }

    /** Members with each field set with probability {@code p}: several shapes often match at once. */
    private static EnvelopeMembers randomMembers(Random random, double p) throws IllegalAccessException {
        EnvelopeMembers members = new EnvelopeMembers();
        for (Field field : EnvelopeMembers.class.getDeclaredFields()) {
            if (field.isSynthetic() || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = switch (field.getType().getName()) {
                case "boolean" -> true;
                case "int" -> 1;
                case "java.lang.Boolean" -> random.nextBoolean();
                case "java.lang.String" -> "x";
                default -> throw new AssertionError("a member of a type this test does not set: " + field);
            };
            if (random.nextDouble() < p) {
                field.set(members, value);
            }
        }
        return members;
    }
}
