package com.leadwire.automation.webhooks;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class WebhooksMariaDbIntegrationTests extends WebhooksContract {
}
