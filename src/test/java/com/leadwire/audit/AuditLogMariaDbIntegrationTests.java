package com.leadwire.audit;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class AuditLogMariaDbIntegrationTests extends AuditLogContract {
}
