package com.leadwire.automation;

import com.leadwire.testsupport.OnH2;

@OnH2
class IdleRulesH2IntegrationTests extends IdleRulesContract {
}
