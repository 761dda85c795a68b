package com.leadwire.audit;

import com.leadwire.testsupport.OnH2;

@OnH2
class AuditLogH2IntegrationTests extends AuditLogContract {
}
