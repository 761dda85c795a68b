package com.leadwire.leads;

import com.leadwire.testsupport.OnH2;

@OnH2
class LeadListH2IntegrationTests extends LeadListContract {
}
