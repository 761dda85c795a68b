package com.leadwire.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/** The active FORM and POPUP sources with their parsed settings, the team's selects filled with the active reps. */
@Component
class FormSources {

    private static final Logger log = LoggerFactory.getLogger(FormSources.class);
    private static final int MAX_CACHED_SETTINGS = 1000;

    private final Sources sources;
    private final FormSettingsReader settings;
    private final TeamOptions teamOptions;
    /** Parsed settings by their JSON text: every submission needs them, and they change only when a source is saved. */
    private final Map<String, FormSettings> parsed = new ConcurrentHashMap<>();

    FormSources(Sources sources, FormSettingsReader settings, TeamOptions teamOptions) {
        this.sources = sources;
        this.settings = settings;
        this.teamOptions = teamOptions;
    }

    record FormSource(SourceView view, FormSettings settings) {

        String key() {
            return view.key();
        }

        SourceKind kind() {
            return view.kind();
        }
    }

    /** The active source of that kind and key; a pop-up key on the form path (or the reverse) is not found. */
    FormSource require(SourceKind kind, String key) {
        SourceView view = key == null ? null : sources.findByKey(key)
                .filter(SourceView::active).filter(source -> source.kind() == kind).orElse(null);
        if (view == null) {
            throw new NotFoundException("no " + (kind == SourceKind.POPUP ? "pop-up" : "form") + " '" + key + "'");
        }
        return new FormSource(view, teamOptions.filled(settingsOf(view)));
    }

    /** Either kind, for the embed script. */
    FormSource requireEmbeddable(String key) {
        SourceView view = key == null ? null : sources.findByKey(key).filter(SourceView::active)
                .filter(source -> source.kind() == SourceKind.FORM || source.kind() == SourceKind.POPUP).orElse(null);
        if (view == null) {
            throw new NotFoundException("no form or pop-up '" + key + "'");
        }
        return new FormSource(view, teamOptions.filledFresh(settingsOf(view)));
    }

    /** Settings are checked when saved; a stored one that no longer reads is our fault, not the visitor's. */
    private FormSettings settingsOf(SourceView view) {
        if (view.settings() == null) {
            return FormSettings.defaults();
        }
        FormSettings cached = parsed.get(view.settings());
        if (cached != null) {
            return cached;
        }
        try {
            if (parsed.size() >= MAX_CACHED_SETTINGS) {
                parsed.clear();
            }
            FormSettings read = settings.read(view.settings());
            parsed.put(view.settings(), read);
            return read;
        } catch (InvalidInputException e) {
            log.error("Source {} '{}' has unreadable settings: {}", view.id(), view.key(), e.getMessage());
            throw new IllegalStateException("source '" + view.key() + "' is misconfigured", e);
        }
    }
}
