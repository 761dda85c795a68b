package com.leadwire.automation.sending;

import com.leadwire.testsupport.OnH2;

@OnH2
class ConsiderateSendingH2IntegrationTests extends ConsiderateSendingContract {
}
