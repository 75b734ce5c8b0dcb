package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
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
}
