package com.leadwire.api;

import com.leadwire.testsupport.OnH2;

@OnH2
class ContactMergeApiH2IntegrationTests extends ContactMergeApiContract {
}
