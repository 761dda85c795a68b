package com.leadwire.automation.webhooks;

import com.leadwire.testsupport.OnH2;

@OnH2
class WebhooksH2IntegrationTests extends WebhooksContract {
}
