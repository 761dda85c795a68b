package com.leadwire.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.shared.InvalidInputException;

class ConditionTests {

    private static Condition.Result test(Condition.Op op, JsonNode value, String... actual) {
        return new Condition("deal.fields.x", op, value).test(List.of(actual), String.join(", ", actual));
    }

    private static JsonNode list(String... values) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    @Test
    void equalsIgnoresCaseAndSurroundingBlanksAndPassesWhenOneOfSeveralValuesDoes() {
        assertThat(test(Condition.Op.EQUALS, TextNode.valueOf(" AutoCloud "), "autocloud").passed()).isTrue();
        assertThat(test(Condition.Op.EQUALS, TextNode.valueOf("LEAD"), "7", "lead").passed()).as("a stage by id and by name").isTrue();
        assertThat(test(Condition.Op.EQUALS, TextNode.valueOf("autocloud")).passed()).as("no value").isFalse();
        assertThat(test(Condition.Op.NOT_EQUALS, TextNode.valueOf("Feirão"), "feirão").passed()).isFalse();
        assertThat(test(Condition.Op.NOT_EQUALS, TextNode.valueOf("feirão")).passed()).as("an empty field is not equal").isTrue();
        Condition value = new Condition("deal.value", Condition.Op.EQUALS, DecimalNode.valueOf(new java.math.BigDecimal("500")));
        assertThat(value.test(List.of("500.00"), "500.00").passed()).as("the deal's value as the database keeps it").isTrue();
        assertThat(new Condition("deal.value", Condition.Op.ONE_OF, list("10", "20.0")).test(List.of("20"), "20").passed()).isTrue();
        assertThat(test(Condition.Op.EQUALS, TextNode.valueOf("7"), "007").passed()).as("a field's code is text").isFalse();
    }

    @Test
    void oneOfContainsAndIsEmpty() {
        assertThat(test(Condition.Op.ONE_OF, list("LEAD", "AVALIAÇÃO"), "avaliação").passed()).isTrue();
        assertThat(test(Condition.Op.ONE_OF, list("LEAD", "AVALIAÇÃO"), "suporte").passed()).isFalse();
        assertThat(test(Condition.Op.CONTAINS, TextNode.valueOf("loja"), "Treinamento", "Loja virtual").passed()).isTrue();
        assertThat(test(Condition.Op.CONTAINS, TextNode.valueOf("loja"), "Treinamento").passed()).isFalse();
        assertThat(test(Condition.Op.IS_EMPTY, null).passed()).isTrue();
        assertThat(test(Condition.Op.IS_EMPTY, null, " ").passed()).as("blank is empty").isTrue();
        assertThat(test(Condition.Op.IS_EMPTY, null, "Ana").passed()).isFalse();
        assertThat(test(Condition.Op.IS_EMPTY, BooleanNode.FALSE, "Ana").passed()).as("IS_EMPTY false: is not empty").isTrue();
        assertThat(test(Condition.Op.IS_EMPTY, BooleanNode.FALSE).passed()).isFalse();
        assertThat(new Condition("deal.responsible", Condition.Op.IS_EMPTY, BooleanNode.FALSE).expected()).isEqualTo("not empty");
    }

    @Test
    void greaterAndLessThanCompareNumbersStrictlyAndFailWithoutOne() {
        assertThat(test(Condition.Op.GREATER_THAN, DecimalNode.valueOf(new java.math.BigDecimal("100")), "100.01").passed()).isTrue();
        assertThat(test(Condition.Op.GREATER_THAN, TextNode.valueOf("100"), "100.00").passed()).isFalse();
        assertThat(test(Condition.Op.LESS_THAN, TextNode.valueOf("1000"), "999.99").passed()).isTrue();
        assertThat(test(Condition.Op.LESS_THAN, TextNode.valueOf("1000")).passed()).as("no value is neither less nor more").isFalse();
        assertThat(test(Condition.Op.GREATER_THAN, TextNode.valueOf("1")).passed()).isFalse();
        assertThat(test(Condition.Op.LESS_THAN, TextNode.valueOf("10"), "muito").passed()).as("text is not a number").isFalse();
    }

    @Test
    void theResultSaysWhatWasExpectedAndWhatWasSeen() {
        Condition.Result result = test(Condition.Op.ONE_OF, list("basic", "pro"), "pro");
        assertThat(result.expected()).isEqualTo("basic, pro");
        assertThat(result.actual()).isEqualTo("pro");
        assertThat(result.field()).isEqualTo("deal.fields.x");
    }

    @Test
    void aConditionThatCannotBeTestedIsRefusedNamingItsPart() {
        assertThatThrownBy(() -> new Condition("deal.fields.", Condition.Op.EQUALS, TextNode.valueOf("x")).check("all[0]"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("all[0].field");
        assertThatThrownBy(() -> new Condition("deal.value", Condition.Op.GREATER_THAN, TextNode.valueOf("muito")).check("all[0]"))
                .extracting("field").isEqualTo("all[0].value");
        assertThatThrownBy(() -> new Condition("stage", Condition.Op.ONE_OF, list()).check("any[1]"))
                .extracting("field").isEqualTo("any[1].value");
        assertThatThrownBy(() -> new Condition("stage", Condition.Op.EQUALS, list("a")).check("all[0]"))
                .extracting("field").isEqualTo("all[0].value");
        assertThatThrownBy(() -> new Condition("stage", Condition.Op.IS_EMPTY, TextNode.valueOf("x")).check("all[0]"))
                .extracting("field").isEqualTo("all[0].value");
        assertThatThrownBy(() -> new Condition("stage", null, TextNode.valueOf("x")).check("all[0]"))
                .extracting("field").isEqualTo("all[0].op");
    }
}
