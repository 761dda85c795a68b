package com.leadwire.automation.sequences;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class FollowUpsMariaDbIntegrationTests extends FollowUpsContract {
}
