package dev.newstidy.eval;

import static dev.newstidy.eval.RandomPicks.any;
import static dev.newstidy.eval.RandomPicks.between;
import static dev.newstidy.eval.RandomPicks.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Composes clean Chinese local-news articles from small vocabularies and sentence templates written
 * for this harness: a headline, two to six paragraphs of two to four sentences, numbered
 * subheadings, and credited reporters whose names are a common surname and one or two given-name
 * characters.
 */
final class ChineseArticles {
  /** Common surnames: facts, as any list of them holds. */
  static final String[] SURNAMES = (
      "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘"
          + " 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 傅 方 白 邹 孟 熊 秦 邱"
          + " 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤").split(" ");

  /** Characters that commonly stand in given names. */
  static final String[] GIVEN = (
      "明 红 华 伟 芳 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 超 秀 霞 刚 桂 英 玉 兰 萍 建 辉 力 敏 燕 鹏 宇 浩 欣 怡"
          + " 晨 雪 琳 晓 思 佳 嘉 婷 雨 轩 俊 峰 云 波 凯 斌 鑫 亮 博 婉 瑶 宁 珊 昊 韬 晴 悦 楠 蕾 彤 铭 逸 翔").split(" ");

  private static final String[] PLACE_STEMS = (
      "青石 柳河 松岭 白杨 云溪 桃源 金沙 东湖 南塘 北坡 西峡 龙泉 梅林 竹园 枫桥 清水 长宁 新安 永丰 丰乐 石门 溪口"
          + " 凤山 双河 杏花 黄岗 红旗 平湖").split(" ");
  private static final String[] COUNTY = {"县", "市", "区"};
  private static final String[] TOWN = {"镇", "乡", "街道"};
  private static final String[] VILLAGE = {"村", "社区"};
  private static final String[] TOPICS = (
      "冬季消防安全检查 农田水利建设 老旧小区改造 乡村道路养护 社区养老服务 职业技能培训 中小学课后服务 生活垃圾分类"
          + " 农村饮水安全 文化惠民演出 特色农产品销售 城乡公交线路 河道清淤整治 森林防火巡查 便民服务中心建设"
          + " 电力设施检修 高标准农田建设 庭院经济发展").split(" ");
  private static final String[] ORGS = (
      "县人社局 镇党委 市水利局 区住建局 县文旅局 镇卫生院 市农业农村局 街道办事处 县交通运输局 区市场监管局"
          + " 县供电公司 镇综合执法队").split(" ");
  private static final String[] GROUPS =
      "村民 居民 群众 农户 志愿者 党员干部 技术人员 外出务工人员 返乡青年 网格员 种植大户 退休教师".split(" ");
  private static final String[] ACTIVITIES = (
      "清理沟渠里的淤泥 搬运新到的树苗 检查消防器材 给果树修枝 分拣待发的快递包裹 铺设新的供水管道 粉刷楼道墙面"
          + " 安装太阳能路灯 晾晒刚收的稻谷 打包特产礼盒 登记求职信息 排练新编的快板").split(" ");
  private static final String[] RESULTS = (
      "受益群众超过三千人 群众满意度明显提升 一批群众反映强烈的问题得到解决 村集体收入实现稳步增长"
          + " 辖区环境面貌焕然一新 就近就业的渠道进一步拓宽").split(" ");
  private static final String[] QUOTES = {
    "以前一到雨天就发愁，现在路修好了，出门方便多了。",
    "家门口就能上班，还能照顾老人孩子，心里踏实。",
    "这件事办好了，大家心里都高兴。",
    "技术员隔三岔五来指导，我们种地更有底气了。",
    "我们会一直坚持下去，把这件好事做实做细。",
    "过去找人办事要跑好几趟，现在在村里就能办完。",
    "今年的收成比去年好，年底分红也多了。"
  };
  private static final String[] TITLES_TAIL =
      "全面铺开 跑出加速度 扎实推进 按下快进键 取得新进展 惠及万家 见行见效".split(" ");
  private static final String[] SUBHEADINGS =
      "加强组织领导 强化资金保障 注重长效管理 广泛发动群众 聚焦重点难点 完善服务机制 压实工作责任 创新工作方法".split(" ");
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};
  private static final String[] POSTS = {"村党支部书记", "社区主任", "镇党委书记", "合作社负责人", "驿站工作人员", "种植户"};

  private final List<Function<SplittableRandom, String>> sentences =
      List.of(
          r -> "今年以来，" + county(r) + "围绕" + any(r, TOPICS) + "，先后组织" + any(r, GROUPS) + between(r, 120, 3800) + "余人次参与。",
          r -> between(r, 1, 12) + "月" + between(r, 1, 28) + "日，记者在" + village(r) + "看到，" + any(r, GROUPS) + "正忙着" + any(r, ACTIVITIES) + "，现场一派繁忙景象。",
          r -> "据" + any(r, ORGS) + "负责人介绍，全" + any(r, COUNTY) + "已累计投入资金" + between(r, 30, 9800) + "万元，" + any(r, RESULTS) + "。",
          r -> "“" + any(r, QUOTES) + "”" + village(r) + any(r, POSTS) + person(r) + "说。",
          r -> county(r) + "把" + any(r, TOPICS) + "列入年度重点工作，成立工作专班，细化任务清单，明确完成时限。",
          r -> "为了让" + any(r, TOPICS) + "落到实处，" + any(r, ORGS) + "组织" + any(r, GROUPS) + "逐户走访，建立问题清单，能当场解决的立即整改。",
          r -> "截至" + between(r, 1, 12) + "月底，" + county(r) + "已建成服务站点" + between(r, 8, 260) + "个，覆盖" + between(r, 12, 180) + "个行政村。",
          r -> village(r) + "的变化，是" + county(r) + "推进" + any(r, TOPICS) + "的一个缩影。",
          r -> "下一步，" + any(r, ORGS) + "将继续加大工作力度，推动" + any(r, TOPICS) + "向纵深发展，让更多" + any(r, GROUPS) + "从中受益。",
          r -> "在" + town(r) + "，" + between(r, 10, 90) + "多名" + any(r, GROUPS) + "正在" + any(r, ACTIVITIES) + "。",
          r -> any(r, POSTS) + person(r) + "告诉记者，过去这里" + any(r, TOPICS) + "基础薄弱，如今" + any(r, RESULTS) + "。",
          r -> "活动期间，" + any(r, ORGS) + "还同步开展了政策宣讲，现场发放宣传资料" + between(r, 200, 6000) + "余份，解答群众咨询" + between(r, 30, 900) + "人次。",
          r -> county(r) + "地处山区，沟壑纵横，" + any(r, TOPICS) + "任务较重，基层力量相对薄弱。",
          r -> "据统计，今年前" + between(r, 3, 11) + "个月，" + county(r) + "相关指标同比增长" + between(r, 3, 46) + "%，" + any(r, RESULTS) + "。",
          r -> "针对" + any(r, GROUPS) + "反映的难点，" + town(r) + "推行“一事一议”，由" + any(r, GROUPS) + "代表全程参与监督。",
          r -> "项目建成后，预计每年可为" + any(r, GROUPS) + "节约开支" + between(r, 5, 300) + "万元，带动" + between(r, 50, 2000) + "户增收。",
          r -> any(r, ORGS) + "还联合" + between(r, 2, 6) + "所职业院校开设培训班，已培训本地" + any(r, GROUPS) + between(r, 60, 1500) + "人次。",
          r -> "走进" + village(r) + "，平整的水泥路通到家家户户门口，房前屋后干净整洁。");

  /** A clean article; with {@code byline} it credits one to three reporters. */
  CleanArticle compose(SplittableRandom r, boolean byline, boolean subheadings, ParagraphSource paragraphs) {
    String title = county(r) + any(r, TOPICS) + any(r, TITLES_TAIL);
    int count = between(r, 2, 6);
    List<CleanArticle.Part> body = new ArrayList<>();
    int section = 0;
    for (int i = 0; i < count; i++) {
      if (subheadings && i > 0 && i % 2 == 1 && section < NUMERALS.length) {
        body.add(CleanArticle.Part.heading(NUMERALS[section++] + "、" + any(r, SUBHEADINGS)));
      }
      body.add(CleanArticle.Part.paragraph(paragraphs.next(() -> paragraph(r))));
    }
    List<String> names = new ArrayList<>();
    if (byline) {
      int n = r.nextDouble() < 0.35 ? 1 : r.nextDouble() < 0.7 ? 2 : 3;
      for (int i = 0; i < n; i++) {
        names.add(person(r));
      }
    }
    return new CleanArticle(Language.ZH, title, names, null, body);
  }

  /** An untitled photo item: one paragraph, credited to one photographer with {@code 文/图}. */
  CleanArticle composeUntitled(SplittableRandom r, ParagraphSource paragraphs) {
    String text = paragraphs.next(() -> paragraph(r));
    return new CleanArticle(Language.ZH, null, List.of(person(r)), "文/图", List.of(CleanArticle.Part.paragraph(text)));
  }

  /** A surname and one or two given-name characters. */
  static String person(SplittableRandom r) {
    String name = any(r, SURNAMES) + any(r, GIVEN);
    return chance(r, 0.6) ? name + any(r, GIVEN) : name;
  }

  private String paragraph(SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    int n = between(r, 2, 4);
    for (int i = 0; i < n; i++) {
      text.append(sentences.get(r.nextInt(sentences.size())).apply(r));
    }
    return text.toString();
  }

  private static String county(SplittableRandom r) {
    return any(r, PLACE_STEMS) + any(r, COUNTY);
  }

  private static String town(SplittableRandom r) {
    return any(r, PLACE_STEMS) + any(r, TOWN);
  }

  private static String village(SplittableRandom r) {
    return any(r, PLACE_STEMS) + any(r, VILLAGE);
  }
}
