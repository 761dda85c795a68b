package com.leadwire.outbox;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class OutboxDeliveryMariaDbIntegrationTests extends OutboxDeliveryContract {
}
