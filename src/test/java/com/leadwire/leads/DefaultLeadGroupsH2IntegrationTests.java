package com.leadwire.leads;

import com.leadwire.testsupport.OnH2;

@OnH2
class DefaultLeadGroupsH2IntegrationTests extends DefaultLeadGroupsContract {
}
