package com.leadwire.admin.shell;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.leadwire.admin.MainLayout;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

@OnH2
@ExtendWith(OutputCaptureExtension.class)
class ShellIntegrationTests extends PanelTestSupport {

    private static final Pattern REFERENCE = Pattern.compile("reference: ([0-9A-F]{8})");

    @Autowired
    Team team;

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(shown -> shown.getElement().getTextRecursively()).reduce("", String::concat);
    }

    private static String reference(String text) {
        Matcher found = REFERENCE.matcher(text);
        assertThat(found.find()).as(text).isTrue();
        return found.group(1);
    }

    @Test
    void theLanguageSwitchReloadsThePanelInPortugueseForTheRestOfTheSession() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("outbox");
        assertThat(_get(H2.class).getText()).isEqualTo("Outbox");
        assertThat(menu()).contains("Board", "Outbox", "Inbound events", "Channel health");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Locale.ENGLISH);

        _setValue(_get(LanguageSwitch.class), LanguageSwitch.PORTUGUESE);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(LanguageSwitch.PORTUGUESE);
        assertThat(_get(H2.class).getText()).isEqualTo("Caixa de saída");
        assertThat(menu()).contains("Quadro", "Caixa de saída", "Eventos recebidos", "Saúde dos canais");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(LanguageSwitch.PORTUGUESE);
        UI.getCurrent().navigate("events");
        assertThat(_get(H2.class).getText()).isEqualTo("Eventos recebidos");

        _setValue(_get(LanguageSwitch.class), LanguageSwitch.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Inbound events");
    }

    @Test
    void theFirstStopOfTheTabKeySkipsToTheContent() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("events");

        Button skip = _get(Button.class, spec -> spec.withText("Skip to content"));
        HorizontalLayout header = (HorizontalLayout) skip.getParent().orElseThrow();
        assertThat(header.getComponentAt(0)).isSameAs(skip);
        assertThat(header.getParent()).contains(_get(MainLayout.class));
        assertThat(_get(H2.class).getParent().orElseThrow().getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void aPageThatFailsToOpenShowsAReferenceAndNoStackTraceAndIsLoggedOnce(CapturedOutput output) {
        login("admin", "admin-test-password");

        UI.getCurrent().navigate("test-failing-page");

        UnexpectedErrorView error = _get(UnexpectedErrorView.class);
        assertThat(_get(error, H2.class).getText()).isEqualTo("Something went wrong");
        String reference = reference(error.text.getText());
        assertThat(pageText()).doesNotContain("Exception", "FailingTestView", "at com.", "a bug");
        String log = output.getAll();
        assertThat(log.split("Panel error " + reference, -1)).hasSize(2);
        assertThat(log).contains("Panel error " + reference + ": opening 'test-failing-page' failed",
                "IllegalStateException: a bug in FailingTestView");
    }

    @Test
    void theSameFailureInPortugueseSaysSoInPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));

        UI.getCurrent().navigate("test-failing-page");

        assertThat(_get(UnexpectedErrorView.class).text.getText()).startsWith("Não foi possível mostrar esta página.");
        assertThat(_get(H2.class).getText()).isEqualTo("Algo deu errado");
    }

    @Test
    void aFailureAfterThePageOpenedIsANotificationWithAReference(CapturedOutput output) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("events");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalArgumentException("kaputt in a click")));

        List<Notification> shown = getNotifications();
        assertThat(shown).hasSize(1);
        String text = shown.get(0).getElement().getProperty("text");
        assertThat(text).startsWith("Something went wrong and it was not done.").doesNotContain("kaputt", "Exception");
        String reference = reference(text);
        assertThat(output.getAll()).contains("Panel error " + reference, "IllegalArgumentException: kaputt in a click");
    }

    @Test
    void anUnknownAddressIsAPageNotFoundInsideThePanel() {
        login("admin", "admin-test-password");

        // UI.navigate hands an address no server route matches to the browser's router; a typed address reaches this one
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.UI_NAVIGATE);

        PageNotFoundView notFound = _get(PageNotFoundView.class);
        assertThat(notFound.text.getText()).startsWith("There is no page at \"no-such-page\". Check the address or choose a page in the menu.");
        assertThat(reference(notFound.text.getText().replace("Reference", "reference"))).hasSize(8);
        assertThat(menu()).contains("Board");
    }

    @Test
    void aRepWhoOpensAnAdminPageIsToldItIsForAdministrators() {
        String username = Unique.key("rep");
        team.add(username, "Rep Operações", null, Role.REP, "rep-test-password");
        try {
            login(username, "rep-test-password");

            UI.getCurrent().navigate("outbox");

            assertThat(_get(AccessDeniedView.class)).isNotNull();
            assertThat(_get(H2.class).getText()).isEqualTo("This page is not available to you");
            assertThat(pageText()).contains("Only administrators can open this page.");
            assertThat(menu()).contains("Board").doesNotContain("Outbox", "Inbound events", "Channel health");
        } finally {
            // an active rep would be mailed and given deals in the other tests of this shared database
            jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", username);
        }
    }
}
