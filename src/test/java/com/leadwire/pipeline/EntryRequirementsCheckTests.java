package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.leadwire.pipeline.EntryRequirementUnmet.Requirement;

/** Which requirement a move breaks, said the way a sales person reads it; the history is read only when needed. */
class EntryRequirementsCheckTests {

    private static final long DEAL = 7, LEAD = 1, APRESENTACAO = 2, CREDENCIAMENTO = 3, AVALIACAO = 4;

    private final DealHistoryRows history = mock(DealHistoryRows.class);
    private final EntryRequirementsCheck check = new EntryRequirementsCheck(history);

    private static PipelineView pipeline(EntryRequirements evaluation) {
        return new PipelineView(1, "autocloud", 0, List.of(new StageView(LEAD, "LEAD", 0, StageKind.OPEN),
                new StageView(APRESENTACAO, "APRESENTAÇÃO", 1, StageKind.OPEN),
                new StageView(CREDENCIAMENTO, "CREDENCIAMENTO", 2, StageKind.OPEN),
                new StageView(AVALIACAO, "AVALIAÇÃO", 3, StageKind.OPEN, evaluation)));
    }

    private EntryRequirementUnmet refusal(EntryRequirements evaluation, long from, Map<String, String> fields) {
        PipelineView pipeline = pipeline(evaluation);
        return catchThrowableOfType(EntryRequirementUnmet.class,
                () -> check.requireMet(DEAL, from, fields, pipeline, pipeline.stage(AVALIACAO).orElseThrow()));
    }

    @Test
    void namesTheStagesADealMayComeFrom() {
        EntryRequirementUnmet one = refusal(new EntryRequirements(List.of(CREDENCIAMENTO), null, null), LEAD, Map.of());
        EntryRequirementUnmet two = refusal(new EntryRequirements(List.of(CREDENCIAMENTO, APRESENTACAO), null, null), LEAD, Map.of());

        assertThat(one.getMessage()).isEqualTo("AVALIAÇÃO can only be entered from CREDENCIAMENTO");
        assertThat(one.requirement()).isEqualTo(Requirement.FROM_STAGES);
        assertThat(two.getMessage()).isEqualTo("AVALIAÇÃO can only be entered from one of CREDENCIAMENTO, APRESENTAÇÃO");
        assertThat(two.missing()).containsExactly("CREDENCIAMENTO", "APRESENTAÇÃO");
        verifyNoInteractions(history);
    }

    @Test
    void namesOnlyTheRequiredStagesTheDealHasNotBeenIn() {
        when(history.enteredOf(anyLong(), anyCollection())).thenReturn(Set.of(LEAD));

        EntryRequirementUnmet refused = refusal(new EntryRequirements(null, List.of(LEAD, APRESENTACAO), null), CREDENCIAMENTO, Map.of());

        assertThat(refused.getMessage()).isEqualTo("A deal enters AVALIAÇÃO only after APRESENTAÇÃO");
        assertThat(refused.requirement()).isEqualTo(Requirement.VISITED_STAGES);
        assertThat(refused.missing()).containsExactly("APRESENTAÇÃO");
    }

    @Test
    void namesTheFieldsNotSetOrBlank() {
        EntryRequirementUnmet one = refusal(new EntryRequirements(null, null, List.of("platform")), LEAD, Map.of("type", "LEAD"));
        EntryRequirementUnmet two = refusal(new EntryRequirements(null, null, List.of("platform", "type", "cnpj")), LEAD,
                Map.of("platform", " ", "type", "LEAD"));

        assertThat(one.getMessage()).isEqualTo("AVALIAÇÃO needs the field 'platform'");
        assertThat(two.getMessage()).isEqualTo("AVALIAÇÃO needs the fields 'platform', 'cnpj'");
        assertThat(two.requirement()).isEqualTo(Requirement.FIELDS);
    }

    @Test
    void aStageThatAsksNothingOrADealThatMeetsEverythingPassesAndReadsTheHistoryOnlyForVisitedStages() {
        when(history.enteredOf(anyLong(), anyCollection())).thenReturn(Set.of(APRESENTACAO));
        PipelineView free = pipeline(EntryRequirements.NONE);
        PipelineView guarded = pipeline(new EntryRequirements(List.of(CREDENCIAMENTO), List.of(APRESENTACAO), List.of("platform")));

        assertThatCode(() -> check.requireMet(DEAL, LEAD, Map.of(), free, free.stage(AVALIACAO).orElseThrow()))
                .doesNotThrowAnyException();
        verifyNoInteractions(history);
        assertThatCode(() -> check.requireMet(DEAL, CREDENCIAMENTO, Map.of("platform", "autocloud"), guarded,
                guarded.stage(AVALIACAO).orElseThrow())).doesNotThrowAnyException();
    }
}
