package com.leadwire.admin.board;

import static com.leadwire.admin.board.BrowserBoard.card;
import static com.leadwire.admin.board.BrowserBoard.choosePipeline;
import static com.leadwire.admin.board.BrowserBoard.visible;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.Deals;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.RepsDeals;
import com.leadwire.testsupport.TestPlaywright;
import com.microsoft.playwright.Page;

/** A rep's restricted board in headless Chromium: their own deals and the unassigned ones, a claim, and another rep's deal refused. */
@OnH2
class RepBoardBrowserIntegrationTests extends IntegrationTestSupport {

    private static final String PASSWORD = "rep-browser-password";

    @Autowired
    Team team;

    @Autowired
    DealEdits edits;

    @Autowired
    Deals deals;

    private TestPlaywright browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRepsRestrictedBoard() {
        RepsDeals fixture = RepsDeals.create(baseUrl(), team, edits, PASSWORD);
        TeamMember rep = fixture.rep();
        long own = fixture.own();
        long others = fixture.others();
        long free = fixture.unassigned();
        String pipeline = deals.find(own).orElseThrow().pipelineName();
        String freeTitle = deals.find(free).orElseThrow().title();
        browser = TestPlaywright.start("en-US");
        Page page = BrowserBoard.logIn(browser.page(), baseUrl(), rep.username(), PASSWORD);

        choosePipeline(page, pipeline);
        card(page, deals.find(own).orElseThrow().title()).waitFor(visible());
        card(page, freeTitle).waitFor(visible());
        assertThat(page.locator(".deal-card").count()).as("only the rep's own deal and the unassigned one").isEqualTo(2);
        browser.screenshot("rep-board");

        card(page, freeTitle).locator(".deal-card-claim").click();
        page.getByText("“" + freeTitle + "” is yours now.").waitFor(visible());
        card(page, freeTitle).getByText("Rep: " + rep.displayName()).waitFor(visible());
        assertThat(card(page, freeTitle).locator(".deal-card-claim").count()).isZero();

        page.navigate(baseUrl() + "/deals/" + others);
        page.getByText("Deal " + others + " is not yours: it belongs to another rep.").waitFor(visible());
        browser.screenshot("rep-not-yours");
        assertThat(deals.find(free).orElseThrow().responsibleUserId()).isEqualTo(rep.id());
    }
}
