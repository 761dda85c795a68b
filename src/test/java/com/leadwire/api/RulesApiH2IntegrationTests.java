package com.leadwire.api;

import com.leadwire.testsupport.OnH2;

@OnH2
class RulesApiH2IntegrationTests extends RulesApiContract {
}
