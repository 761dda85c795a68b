package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;

class ColumnMappingTests {

    private static Map<String, String> mapping(String... columnTargetPairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < columnTargetPairs.length; i += 2) {
            mapping.put(columnTargetPairs[i], columnTargetPairs[i + 1]);
        }
        return mapping;
    }

    @Test
    void turnsARowIntoItsContactAndDeal() {
        ColumnMapping.Columns columns = ColumnMapping.of(mapping("E-mail", "email", "Nome", "name", "Plataforma", "fields.platform",
                "Valor", "deal.amount", "Moeda", "deal.currency", "Produtos", "deal.products", "Cargo", "contact.role",
                "Obs", "ignore"), true).bind(List.of("E-mail", " Nome ", "Plataforma", "Valor", "Moeda", "Produtos", "Cargo", "Obs"));

        ColumnMapping.ImportedRow row = columns.read(List.of(" ana@example.com ", "Ana", "autocloud", "1.234,50", "brl",
                "Plano A|Plano B", "", "whatever"), null, null);

        assertThat(row.contact().email()).isEqualTo("ana@example.com");
        assertThat(row.contact().name()).isEqualTo("Ana");
        assertThat(row.contact().customFields()).isEmpty();
        assertThat(row.deal().fields()).containsExactly(Map.entry("platform", "autocloud"));
        assertThat(row.deal().amount()).isEqualByComparingTo("1234.50");
        assertThat(row.deal().currency()).isEqualTo("BRL");
        assertThat(row.deal().products()).containsExactly("Plano A", "Plano B");
    }

    @Test
    void readsAmountsInBrazilianAndInternationalNotation() {
        assertThat(ColumnMapping.Columns.amount("1.234,56")).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(ColumnMapping.Columns.amount("1,234.56")).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(ColumnMapping.Columns.amount("99,9")).isEqualByComparingTo(new BigDecimal("99.9"));
        assertThat(ColumnMapping.Columns.amount("1.234.567")).isEqualByComparingTo(new BigDecimal("1234567"));
        assertThatThrownBy(() -> ColumnMapping.Columns.amount("R$ abc")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void refusesMappingsThatCannotWork() {
        assertThatThrownBy(() -> ColumnMapping.of(mapping("Nome", "name"), true)).hasMessageContaining("no column is mapped to email");
        assertThatThrownBy(() -> ColumnMapping.of(mapping("E-mail", "email", "Outro", "email"), true)).hasMessageContaining("both map to email");
        assertThatThrownBy(() -> ColumnMapping.of(mapping("E-mail", "email", "X", "deal.colour"), true)).hasMessageContaining("unknown target");
        assertThatThrownBy(() -> ColumnMapping.of(mapping("E-mail", "email", "X", "fields."), true)).hasMessageContaining("field name");
        assertThatThrownBy(() -> ColumnMapping.of(mapping("E-mail", "email", "Valor", "deal.amount"), false)).hasMessageContaining("createDeals");
        assertThatThrownBy(() -> ColumnMapping.of(mapping("E-mail", "email", "Telefone", "phone"), true).bind(List.of("E-mail", "Nome")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no column 'Telefone'");
    }

    @Test
    void refusesARowWithMoreValuesThanTheHeaderUnlessTheyAreEmpty() {
        ColumnMapping.Columns columns = ColumnMapping.of(mapping("E-mail", "email"), true).bind(List.of("E-mail", "Nome"));
        assertThat(columns.read(List.of("a@example.com", "A", "", " "), null, null).contact().email()).isEqualTo("a@example.com");
        assertThatThrownBy(() -> columns.read(List.of("a@example.com", "A", "extra"), null, null)).hasMessageContaining("3 fields, the header 2");
    }
}
