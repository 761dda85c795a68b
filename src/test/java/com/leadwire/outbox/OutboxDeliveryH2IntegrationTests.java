package com.leadwire.outbox;

import com.leadwire.testsupport.OnH2;

@OnH2
class OutboxDeliveryH2IntegrationTests extends OutboxDeliveryContract {
}
