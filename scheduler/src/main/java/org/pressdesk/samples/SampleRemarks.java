package org.pressdesk.samples;

import java.util.Map;

/** Section 六 of the sample year's report, after the ministry's own words, in each language. */
final class SampleRemarks {

    record Text(String problems, String improvements) {
    }

    static final Map<String, Text> YEAR_2011 = Map.of(
            "zh-Hant", new Text(
                    "我部受理的政府信息公開申請多涉及國外産生的信息，辦理時有時需調動我駐外外交機構力量，存在地域跨度大、時間可控性差等困難。",
                    "今後，我們將結合外交工作實際，進一步加強制度建設，完善工作機制，創新工作方式方法，不斷提高我部政府信息公開工作。"),
            "zh-Hans", new Text(
                    "我部受理的政府信息公开申请多涉及国外产生的信息，办理时有时需调动我驻外外交机构力量，存在地域跨度大、时间可控性差等困难。",
                    "今后，我们将结合外交工作实际，进一步加强制度建设，完善工作机制，创新工作方式方法，不断提高我部政府信息公开工作。"),
            "en", new Text(
                    "Most requests concern information that arose abroad; answering them sometimes needs the overseas "
                    + "missions, across great distances and with little control over the time it takes.",
                    "The office will strengthen its rules, improve its working arrangements and find new ways of "
                    + "working, to keep improving its disclosure of government information."));

    private SampleRemarks() {
    }
}
