package com.leadwire.payments;

import com.leadwire.testsupport.OnH2;

@OnH2
class GenericPaymentsH2IntegrationTests extends GenericPaymentsContract {
}
