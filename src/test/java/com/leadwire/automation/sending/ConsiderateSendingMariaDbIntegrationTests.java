package com.leadwire.automation.sending;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class ConsiderateSendingMariaDbIntegrationTests extends ConsiderateSendingContract {
}
