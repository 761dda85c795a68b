package com.leadwire.intake;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class PayloadRetentionMariaDbIntegrationTests extends PayloadRetentionContract {
}
