package com.leadwire.forms;

import com.leadwire.testsupport.OnH2;

@OnH2
class FormIntakeH2IntegrationTests extends FormIntakeContract {
}
