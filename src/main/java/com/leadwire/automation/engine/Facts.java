package com.leadwire.automation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.leadwire.automation.Condition;
import com.leadwire.contacts.ContactView;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.SourceView;
import com.leadwire.team.TeamMember;

/**
 * What a condition may test about one deal and its contact: each field as the values it matches
 * (a pipeline by id and by name, a rep by id, login and name) and as the timeline shows it. The
 * contact is read only when something asks what its creation event did not tell (its country): the
 * intake path then reads nothing back.
 */
final class Facts {

    record Fact(List<String> values, String shown) {
        static final Fact EMPTY = new Fact(List.of(), "(empty)");

        static Fact of(String... values) {
            List<String> present = new ArrayList<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    present.add(value);
                }
            }
            return present.isEmpty() ? EMPTY : new Fact(present, present.size() == 1 ? present.get(0)
                    : present.get(1) + " (" + present.get(0) + ")");
        }
    }

    private final DealView deal;
    private final Supplier<Optional<ContactView>> contact;
    private final Supplier<Optional<SourceView>> source;
    private final Supplier<Optional<TeamMember>> responsible;
    private final Person known;

    /** {@code known}: the person as the event told it, or null to read the contact when asked. */
    Facts(DealView deal, Person known, Supplier<Optional<ContactView>> contact, Supplier<Optional<SourceView>> source,
          Supplier<Optional<TeamMember>> responsible) {
        this.deal = deal;
        this.known = known;
        this.contact = memoized(contact);
        this.source = memoized(source);
        this.responsible = memoized(responsible);
    }

    DealView deal() {
        return deal;
    }

    Optional<Person> person() {
        return known != null ? Optional.of(known)
                : contact.get().map(read -> new Person(read.id(), read.name(), read.primaryEmail(), read.language()));
    }

    Fact of(String field) {
        if (field.startsWith(Condition.DEAL_FIELD_PREFIX)) {
            return deal == null ? Fact.EMPTY : Fact.of(deal.fields().get(field.substring(Condition.DEAL_FIELD_PREFIX.length())));
        }
        return switch (field) {
            case "pipeline" -> deal == null ? Fact.EMPTY : Fact.of(String.valueOf(deal.pipelineId()), deal.pipelineName());
            case "stage" -> deal == null ? Fact.EMPTY : Fact.of(String.valueOf(deal.stageId()), deal.stageName());
            case "source" -> source.get().map(s -> Fact.of(s.key(), s.name())).orElse(Fact.EMPTY);
            case "source.kind" -> source.get().map(s -> Fact.of(s.kind().name())).orElse(Fact.EMPTY);
            case "deal.products" -> deal == null || deal.products().isEmpty() ? Fact.EMPTY
                    : new Fact(deal.products(), String.join(", ", deal.products()));
            case "deal.value" -> deal == null ? Fact.EMPTY : Fact.of(Optional.ofNullable(deal.amount()).map(BigDecimal::toPlainString).orElse(null));
            case "deal.responsible" -> responsible.get()
                    .map(rep -> new Fact(List.of(String.valueOf(rep.id()), rep.username(), rep.displayName()), rep.displayName()))
                    .orElse(Fact.EMPTY);
            case "contact.country" -> Fact.of(contact.get().map(ContactView::country).orElse(null));
            case "contact.language" -> Fact.of(person().map(Person::language).orElse(null));
            default -> Fact.EMPTY;
        };
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;
            private boolean loaded;

            @Override
            public T get() {
                if (!loaded) {
                    value = supplier.get();
                    loaded = true;
                }
                return value;
            }
        };
    }
}
