package com.leadwire.automation.sequences;

import com.leadwire.testsupport.OnH2;

@OnH2
class FollowUpsH2IntegrationTests extends FollowUpsContract {
}
