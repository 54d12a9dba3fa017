package dev.newstidy.text;

import com.google.common.base.CharMatcher;

/**
 * Tells simplified from traditional Chinese by a census of the characters that exist in one form
 * only: {@code 这} and {@code 這}, {@code 国} and {@code 國}. Characters both forms share ({@code 的}, {@code 人},
 * {@code 后}, {@code 台}) are not counted. The tables are about 760 frequent pairs of our own listing,
 * plus traditional characters whose simplified form also stands for another word ({@code 後} for
 * {@code 后}, {@code 裡} for {@code 里}, {@code 髮} for {@code 发}).
 *
 * <p>Example, pinned by {@code HanVariantsTest}: {@code 临江县新建大桥通车} counts 4 simplified-only
 * and 0 traditional-only characters ({@code 临}, {@code 县}, {@code 桥}, {@code 车}) and reads as {@code zh-Hans};
 * {@code 臨江縣新建大橋通車} reads as {@code zh-Hant}; {@code 大江东去} is {@code zh-Hans} on one character.
 */
public final class HanVariants {
  /** Pairs of a simplified-only character and its traditional form, one after the other. */
  private static final String PAIRS =
          ""
          + "这這个個们們来來时時为為说說国國会會对對发發经經动動过過还還开開现現问問长長学學实實种種关關点點进進业業与與从從东東车車头頭门門间間体體机機当當员員产產应應样樣"
          + "级級将將书書区區无無观觀报報话話电電务務么麼义義习習乡鄉买買乱亂亚亞亲親亿億仅僅众眾优優传傳伤傷价價侦偵侧側债債倾傾储儲儿兒党黨兰蘭兴興养養兽獸内內写寫军軍农農"
          + "决決况況冻凍净淨凉涼减減凤鳳处處击擊创創刘劉则則刚剛别別剧劇办辦劳勞势勢勋勳华華协協单單卖賣卫衛却卻厂廠厅廳压壓厌厭县縣参參双雙变變叙敘叶葉号號叹嘆吗嗎响響园園"
          + "围圍图圖圣聖场場坏壞块塊坚堅坛壇声聲备備够夠夺奪奋奮妇婦妈媽孙孫宁寧宝寶宪憲宫宮审審宽寬寻尋导導寿壽尔爾尘塵层層属屬岁歲岛島岭嶺币幣帅帥师師帐帳带帶帮幫广廣庆慶"
          + "库庫废廢异異弃棄张張弹彈强強归歸录錄彻徹径徑忆憶怀懷态態总總恋戀恶惡悬懸惊驚惯慣愿願战戰户戶执執扩擴扫掃扬揚扰擾抚撫担擔拟擬拥擁择擇挥揮损損换換据據摄攝数數断斷"
          + "旧舊显顯晋晉晓曉暂暫术術杀殺杂雜权權条條极極构構枪槍柜櫃标標树樹桥橋检檢楼樓欢歡欧歐残殘毕畢气氣汇匯汉漢汤湯沟溝没沒沪滬泽澤洁潔测測济濟浅淺浓濃涛濤润潤涨漲渔漁"
          + "温溫湾灣满滿滨濱灭滅灯燈灵靈灾災炼煉热熱爱愛状狀独獨狮獅献獻环環画畫畅暢疗療盖蓋监監盘盤矿礦码碼础礎确確积積称稱稳穩穷窮竞競笔筆简簡类類粮糧紧緊红紅约約纪紀线線"
          + "组組细細织織终終绍紹结結给給络絡统統继繼绩績续續维維综綜绿綠网網罗羅职職联聯肃肅胜勝脑腦脚腳脱脫舰艦艺藝节節苏蘇荣榮药藥莱萊获獲营營虽雖补補装裝见見规規视視览覽"
          + "觉覺讨討让讓训訓议議记記讲講许許论論设設访訪证證评評识識诉訴诊診词詞译譯试試诗詩诚誠询詢该該详詳语語误誤请請诸諸读讀课課谁誰调調谈談谋謀谓謂谢謝贝貝负負贡貢财財"
          + "责責败敗货貨质質贫貧购購贯貫费費贴貼贵貴贷貸贸貿资資赛賽赵趙赶趕趋趨践踐踪蹤轨軌转轉轮輪软軟轻輕载載较較辆輛辈輩边邊达達迁遷运運远遠违違连連迟遲选選递遞逻邏遗遺"
          + "邓鄧邮郵邻鄰郑鄭酱醬释釋钢鋼钱錢铁鐵银銀销銷锁鎖错錯镇鎮闭閉闲閒闻聞阅閱队隊阳陽阴陰阵陣阶階际際陆陸陈陳险險随隨隐隱难難雾霧韩韓页頁项項顺順须須顾顧顿頓预預领領"
          + "频頻题題颜顏额額风風飞飛饭飯饮飲馆館马馬驾駕验驗鱼魚鲁魯鸟鳥鸡雞麦麥黄黃齐齊龙龍尽盡侨僑俭儉宾賓岗崗渐漸龄齡齿齒亏虧亩畝厕廁坝壩垦墾坟墳壮壯妆妝庄莊庙廟庞龐厢廂"
          + "弯彎忧憂怜憐恳懇惩懲拨撥拣揀挤擠挡擋桩樁梦夢沧滄泪淚泼潑洒灑浏瀏渊淵渗滲滚滾滞滯灿燦烂爛烛燭烦煩烧燒爷爺牵牽犹猶狱獄猎獵玛瑪琐瑣疯瘋皱皺盐鹽矫矯碍礙祸禍筹籌签簽"
          + "篮籃纠糾纤纖纳納纵縱纷紛纸紙纹紋纺紡练練绕繞绘繪绝絕缓緩编編缘緣缩縮罚罰罢罷肠腸肤膚肿腫胁脅胶膠脏髒腊臘舱艙艰艱芦蘆苍蒼荐薦莲蓮蓝藍虑慮虚虛虾蝦蚀蝕袭襲触觸誉譽"
          + "谨謹谱譜贤賢赏賞赖賴赞贊跃躍轰轟辑輯输輸辞辭辩辯迈邁迹跡适適钻鑽铜銅铺鋪链鏈锅鍋锋鋒锦錦键鍵镜鏡闪閃闯闖闹鬧阔闊阀閥阁閣阐闡陕陝隶隸韦韋顶頂颁頒颇頗颗顆飘飄饱飽"
          + "饼餅饿餓馈饋驱驅驶駛驻駐骂罵骑騎骗騙鲜鮮鸣鳴鹅鵝并並于於几幾万萬专專丛叢两兩严嚴丧喪临臨丽麗举舉乌烏乐樂乔喬仑崙仓倉仪儀伞傘伟偉伦倫伪偽侣侶俩倆偿償冯馮凑湊凭憑"
          + "凯凱删刪剂劑剑劍劝勸励勵劲勁医醫卢盧卧臥厉厲厦廈厨廚叠疊吓嚇吨噸听聽启啟呜嗚哑啞唤喚团團圆圓坠墜垄壟垫墊墙牆壳殼夹夾奖獎娱娛娄婁婴嬰宠寵尝嘗尧堯岂豈峡峽帜幟弥彌"
          + "恼惱惧懼惨慘愤憤懒懶戏戲扑撲抛拋抢搶护護拦攔摆擺敌敵斋齋斩斬旷曠晒曬晕暈杨楊枢樞枣棗栈棧栋棟栏欄档檔歼殲毙斃浆漿浑渾湿濕滤濾滥濫滩灘潜潛炉爐焕煥狭狹猪豬琼瓊盏盞"
          + "砖磚硕碩礼禮离離窃竊竖豎笼籠纯純纲綱绪緒缴繳聪聰胀脹舆輿艳豔茎莖荡蕩萧蕭萨薩虫蟲蛮蠻计計订訂认認讯訊诺諾谊誼谦謙账賬贪貪贺賀赌賭赔賠辅輔辉輝辽遼酿釀鉴鑑针針饰飾";

  /** Traditional characters whose simplified form is shared with another word, so has no pair here. */
  private static final String TRADITIONAL_ALONE = "後裡裏複復髮臺檯隻麵幹範鐘鍾曆歷製準衝鬥雲餘係繫徵劃築捨彙穀醜鬆纔儘瀋週闆蘋薑嚮佈讚佔樸僕";

  private static final String SIMPLIFIED_ONLY_CHARS = everyOther(PAIRS, 0);

  private static final String TRADITIONAL_ONLY_CHARS = everyOther(PAIRS, 1) + TRADITIONAL_ALONE;

  /**
   * The matchers, built on first use: precomputing one asks the plain matcher about each of the
   * 65,536 UTF-16 code units, about 8 ms of CPU before the JIT warms up, which a run that only
   * needs {@link #simplifiedOnly} and {@link #traditionalOnly} (through {@link LanguageCensus})
   * no longer pays before its first record.
   */
  private static final class Matchers {
    static final CharMatcher SIMPLIFIED_ONLY = CharMatcher.anyOf(SIMPLIFIED_ONLY_CHARS).precomputed();

    static final CharMatcher TRADITIONAL_ONLY = CharMatcher.anyOf(TRADITIONAL_ONLY_CHARS).precomputed();
  }

  private HanVariants() {}

  /** Every character that exists only in simplified form: {@code 这}, {@code 桥}. */
  static String simplifiedOnly() {
    return SIMPLIFIED_ONLY_CHARS;
  }

  /** Every character that exists only in traditional form: {@code 這}, {@code 橋}, {@code 後}. */
  static String traditionalOnly() {
    return TRADITIONAL_ONLY_CHARS;
  }

  private static String everyOther(String pairs, int from) {
    StringBuilder out = new StringBuilder(pairs.length() / 2);
    for (int i = from; i < pairs.length(); i += 2) {
      out.append(pairs.charAt(i));
    }
    return out.toString();
  }

  /** How many simplified-only and traditional-only characters {@code text} holds. */
  public static Census count(CharSequence text) {
    return new Census(Matchers.SIMPLIFIED_ONLY.countIn(text), Matchers.TRADITIONAL_ONLY.countIn(text));
  }

  /** Whether {@code c} exists only in simplified form: {@code 这} is, {@code 這} and {@code 中} are not. */
  public static boolean isSimplifiedOnly(char c) {
    return Matchers.SIMPLIFIED_ONLY.matches(c);
  }

  /** Whether {@code c} exists only in traditional form: {@code 這} is, {@code 这} and {@code 中} are not. */
  public static boolean isTraditionalOnly(char c) {
    return Matchers.TRADITIONAL_ONLY.matches(c);
  }

  /** The characters of a text that exist only in simplified and only in traditional form. */
  public record Census(int simplified, int traditional) {
    public Census plus(Census other) {
      return new Census(simplified + other.simplified, traditional + other.traditional);
    }

    /**
     * {@code zh-Hant} when traditional-only characters outnumber simplified-only ones, else
     * {@code zh-Hans}: a traditional text quotes a simplified name now and then, and the reverse,
     * but the majority holds (on the corpus's 53 Chinese pages the minority form is at most 1 in
     * 48). A text with neither reads as {@code zh-Hans}, the more common form.
     */
    public String chineseTag() {
      return traditional > simplified ? "zh-Hant" : "zh-Hans";
    }
  }
}
