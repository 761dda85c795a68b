package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.JsonFields;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * People's changes to a deal besides its stage (the deal page and the API): title, value, products,
 * custom fields (catalogued deal fields only, each value checked against its type) and the
 * responsible rep. Each change is recorded old → new with who made it ({@link #changes}). A rep
 * changes only their own deals and unassigned ones, and may hand them to anyone.
 */
@Service
@Transactional(readOnly = true)
public class DealEdits {

    private static final Logger log = LoggerFactory.getLogger(DealEdits.class);
    private static final int MAX_TITLE = 500;
    private static final int MAX_PRODUCT = 200;
    private static final int MAX_PRODUCTS = 2000;
    /** As intake takes them; deal_change keeps old and new value in 2000 characters. */
    private static final int MAX_FIELD_VALUE = 2000;
    /** DECIMAL(19, 2): 17 digits before the point. */
    private static final int MAX_AMOUNT_DIGITS = 17;

    private final DealRepository deals;
    private final Deals views;
    private final DealChangeRows rows;
    private final CustomFields catalogue;
    private final Team team;
    private final DealAccess access;
    private final JsonFields json;
    private final Clock clock;

    DealEdits(DealRepository deals, Deals views, DealChangeRows rows, CustomFields catalogue, Team team, DealAccess access,
              JsonFields json, Clock clock) {
        this.deals = deals;
        this.access = access;
        this.views = views;
        this.rows = rows;
        this.catalogue = catalogue;
        this.team = team;
        this.json = json;
        this.clock = clock;
    }

    /** Everything in the edit is checked before anything changes: a refusal (422, naming the field) stores nothing. */
    @Transactional
    public DealView edit(long dealId, DealEdit edit, String actor) {
        Deal deal = requireDeal(dealId);
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        String title = edit.title() == null ? null : checkedTitle(edit.title());
        DealEdit.Value value = edit.value() == null ? null : checkedValue(edit.value(), deal.getCurrency());
        String products = edit.products() == null ? null : checkedProducts(edit.products());
        Map<String, String> fields = checkedFields(json.read(deal.getCustomFields()), edit.fields());
        if (title != null && !title.equals(deal.getTitle())) {
            record(deal, "title", deal.getTitle(), title, actor, now, changed);
            deal.retitle(title, now);
        }
        if (value != null && !(sameAmount(value.amount(), deal.getAmount()) && Objects.equals(value.currency(), deal.getCurrency()))) {
            record(deal, "value", shown(deal.getAmount(), deal.getCurrency()), shown(value.amount(), value.currency()), actor, now, changed);
            deal.revalue(value.amount(), value.currency(), now);
        }
        if (products != null && !products.equals(Optional.ofNullable(deal.getProducts()).orElse(""))) {
            record(deal, "products", deal.getProducts(), products.isEmpty() ? null : products, actor, now, changed);
            deal.setProducts(products.isEmpty() ? null : products, now);
        }
        Map<String, String> before = json.read(deal.getCustomFields());
        if (!fields.equals(before)) {
            for (String name : edit.fields().keySet()) {
                if (!Objects.equals(before.get(name), fields.get(name))) {
                    record(deal, "fields." + name, before.get(name), fields.get(name), actor, now, changed);
                }
            }
            deal.setCustomFields(json.write(fields), now);
        }
        // the version check: a concurrent change refuses this one
        deals.flush();
        if (!changed.isEmpty()) {
            log.info("Deal {} edited by {}: {}", dealId, actor, String.join(", ", changed));
        }
        return views.view(deal);
    }

    /** {@code userId}: an active team member, or null for nobody. */
    @Transactional
    public DealView assign(long dealId, Long userId, String actor) {
        Deal deal = requireDeal(dealId);
        TeamMember rep = userId == null ? null : team.findById(userId).filter(TeamMember::active)
                .orElseThrow(() -> new InvalidInputException("userId", "There is no active team member " + userId + "."));
        if (Objects.equals(userId, deal.getResponsibleUserId())) {
            return views.view(deal);
        }
        Instant now = clock.instant();
        String before = deal.getResponsibleUserId() == null ? null
                : team.findById(deal.getResponsibleUserId()).map(TeamMember::displayName).orElse("#" + deal.getResponsibleUserId());
        rows.insert(dealId, "responsible", before, rep == null ? null : rep.displayName(), actor, now);
        deal.assignTo(userId, now);
        deals.flush();
        log.info("Deal {} assigned to user {} by {}", dealId, userId, actor);
        return views.view(deal);
    }

    /** Records something done to the deal that is not a change of its own columns (an e-mail sent from its page). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long dealId, String what, String newValue, String actor) {
        requireDeal(dealId);
        rows.insert(dealId, what, null, newValue, actor, clock.instant());
    }

    /** Oldest first. */
    public List<DealChangeView> changes(long dealId) {
        requireDeal(dealId);
        return rows.of(dealId);
    }

    private void record(Deal deal, String what, String before, String after, String actor, Instant now, List<String> changed) {
        rows.insert(deal.getId(), what, before, after, actor, now);
        changed.add(what);
    }

    private static String checkedTitle(String title) {
        String stripped = title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("title", "A deal needs a title.");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "A title has at most " + MAX_TITLE + " characters.");
        }
        return stripped;
    }

    /** A value without an amount clears it; without a currency it keeps the deal's. */
    private static DealEdit.Value checkedValue(DealEdit.Value value, String currentCurrency) {
        if (value.amount() == null) {
            return new DealEdit.Value(null, null);
        }
        BigDecimal amount = value.amount().stripTrailingZeros();
        if (amount.signum() < 0) {
            throw new InvalidInputException("value.amount", "A deal's value cannot be negative.");
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS) {
            throw new InvalidInputException("value.amount", "A deal's value has at most 2 decimals and 17 digits before them.");
        }
        String currency = value.currency() == null || value.currency().isBlank() ? currentCurrency
                : value.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (currency != null) {
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("value.currency", "'" + currency + "' is not an ISO 4217 currency code (BRL, USD, EUR …).");
            }
        }
        return new DealEdit.Value(amount.setScale(2), currency);
    }

    private static String checkedProducts(List<String> products) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String product : products) {
            String stripped = product == null ? "" : product.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.contains(",") || stripped.length() > MAX_PRODUCT) {
                throw new InvalidInputException("products", "A product name has no comma and at most " + MAX_PRODUCT + " characters.");
            }
            kept.add(stripped);
        }
        String joined = String.join(", ", kept);
        if (joined.length() > MAX_PRODUCTS) {
            throw new InvalidInputException("products", "The products of a deal fit in " + MAX_PRODUCTS + " characters.");
        }
        return joined;
    }

    /** The deal's fields after the edit; a field is set only if the catalogue has it for deals and its type takes the value. */
    private Map<String, String> checkedFields(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>(current);
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                fields.remove(name);
                return;
            }
            CustomField field = catalogue.find(FieldScope.DEAL, name).orElseThrow(() -> new InvalidInputException("fields." + name,
                    "There is no deal field named '" + name + "'; add it to the custom fields first."));
            String normalised;
            try {
                normalised = field.normalised(value);
            } catch (InvalidInputException refused) {
                throw new InvalidInputException("fields." + name, refused.getMessage());
            }
            if (normalised.length() > MAX_FIELD_VALUE) {
                throw new InvalidInputException("fields." + name, "A field's value has at most " + MAX_FIELD_VALUE + " characters.");
            }
            fields.put(name, normalised);
        });
        return fields;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String shown(BigDecimal amount, String currency) {
        return amount == null ? null : amount.toPlainString() + (currency == null ? "" : " " + currency);
    }

    private Deal requireDeal(long dealId) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId));
        access.requireWorkable(deal);
        return deal;
    }
}
