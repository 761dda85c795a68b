package com.leadwire.api;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class FieldsApiMariaDbIntegrationTests extends FieldsApiContract {
}
