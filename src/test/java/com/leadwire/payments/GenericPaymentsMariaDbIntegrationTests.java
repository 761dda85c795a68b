package com.leadwire.payments;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class GenericPaymentsMariaDbIntegrationTests extends GenericPaymentsContract {
}
