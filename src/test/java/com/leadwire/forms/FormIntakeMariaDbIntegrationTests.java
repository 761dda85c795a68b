package com.leadwire.forms;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class FormIntakeMariaDbIntegrationTests extends FormIntakeContract {
}
