package com.leadwire.leads;

import com.leadwire.testsupport.OnH2;

@OnH2
class LeadGroupsH2IntegrationTests extends LeadGroupsContract {
}
