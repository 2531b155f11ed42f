// Invented Weibo activity around a fictional brand, 光合咖啡 (Lumina Coffee), for `npm run demo`
// and the e2e specs that must run anywhere. Every name and text here is made up.

export interface DemoWeiboUser {
  id: string;
  name: string;
  followers: number;
  verified?: boolean;
  location: string;
}

export interface DemoWeiboComment {
  id: string;
  user: DemoWeiboUser;
  text: string;
  minutesAgo: number;
  likes: number;
  replies?: DemoWeiboComment[];
}

export interface DemoWeiboPost {
  id: string;
  mblogid: string;
  user: DemoWeiboUser;
  text: string;
  minutesAgo: number;
  likes: number;
  reposts: number;
  /** What the site shows as the comment count (more than the page loads). */
  commentCount: number;
  reads?: number;
  pictures?: number;
  comments: DemoWeiboComment[];
}

const user = (id: string, name: string, followers: number, location: string, verified = false): DemoWeiboUser => ({
  id, name, followers, location, verified,
});

export const LUMINA_WEIBO = user('7788123456', '光合咖啡LuminaCoffee', 186_420, '上海', true);
const xiaoman = user('6512003341', '小满爱喝咖啡', 2_318, '上海');
const beans = user('5920117788', '豆子研究所', 48_900, '浙江', true);
const runner = user('7301224590', '晨跑的阿杰', 612, '北京');
const mom = user('6688001234', '两个娃的妈mama', 9_870, '江苏');
const designer = user('7013558800', 'Momo插画日记', 21_450, '广东');
const student = user('7745120098', '期末周续命中', 157, '四川');
const critic = user('5533889900', '咖啡测评老王', 133_000, '北京', true);
const nightOwl = user('7601993342', '凌晨三点的猫', 88, '湖北');
const expat = user('7123450987', 'Hannah_in_SH', 1_204, '上海');
const pm = user('6900345612', '产品经理Leo', 3_560, '广东');

/** The brand's autumn launch post: mostly warm, with a queue complaint and an app-refund thread. */
const launch: DemoWeiboPost = {
  id: '5231874400112233',
  mblogid: 'PfL1aN7kB',
  user: LUMINA_WEIBO,
  text: '【秋日限定】桂花燕麦拿铁今天全国上线啦🍂 今年的金桂配燕麦奶，少糖也很香。带话题 #光合秋日限定# 晒出你的第一杯，抽10位送一个月免费咖啡☕️',
  minutesAgo: 180,
  likes: 3_286,
  reposts: 215,
  commentCount: 486,
  reads: 251_000,
  pictures: 3,
  comments: [
    { id: '5231876001000001', user: xiaoman, text: '喝到了！桂花味很自然，不是香精那种，燕麦奶也不抢味道，好评👍', minutesAgo: 170, likes: 412 },
    {
      id: '5231876001000002', user: runner, text: '小程序下单一直显示“系统繁忙”，扣款了订单却没生成，退款到现在也没到账，谁来管管？',
      minutesAgo: 160, likes: 238,
      replies: [
        { id: '5231876001000102', user: LUMINA_WEIBO, text: '非常抱歉给您添麻烦了！已私信您核对订单，退款会在24小时内原路退回，请留意～', minutesAgo: 150, likes: 96 },
        { id: '5231876001000103', user: runner, text: '收到私信了，处理得挺快，谢谢', minutesAgo: 95, likes: 31 },
      ],
    },
    { id: '5231876001000003', user: mom, text: '门店排队半小时才拿到，出杯太慢了，周末建议多排两个人手', minutesAgo: 140, likes: 87 },
    { id: '5231876001000004', user: beans, text: '测了一下，这批用的是中浅烘的埃塞豆，配桂花确实比深烘的顺。比隔壁家的桂花拿铁清爽很多。', minutesAgo: 130, likes: 655 },
    { id: '5231876001000005', user: expat, text: 'Tried it at the Jing\'an store this morning — honestly the best seasonal drink this year. The oat milk foam is so smooth!', minutesAgo: 120, likes: 73 },
    { id: '5231876001000006', user: student, text: '28一杯有点小贵，学生党只能等优惠券了😭', minutesAgo: 110, likes: 164 },
    { id: '5231876001000007', user: designer, text: '杯套上的桂花插画好可爱！已经收藏了三个😍', minutesAgo: 90, likes: 301 },
    { id: '5231876001000008', user: nightOwl, text: '下午四点喝的，现在凌晨两点还睁着眼……下次要无咖啡因版本', minutesAgo: 60, likes: 45 },
    { id: '5231876001000009', user: critic, text: '整体7.5分：香气在线，甜度克制，冰的比热的好喝。就是燕麦奶略稀。', minutesAgo: 40, likes: 920 },
    { id: '5231876001000010', user: pm, text: '求问北京什么时候多开几家店？朝阳这边太难买了', minutesAgo: 20, likes: 58 },
  ],
};

/** The outage note: a small crisis, mostly angry or worried, some understanding. */
const outage: DemoWeiboPost = {
  id: '5231401177009988',
  mblogid: 'PfG3xT2mQ',
  user: LUMINA_WEIBO,
  text: '关于11月24日部分门店小程序无法下单的说明：因支付服务升级出现异常，8:10–9:40期间部分订单重复扣款。目前已全部恢复，受影响订单将在3个工作日内原路退款。给大家添麻烦了，真的很抱歉🙏',
  minutesAgo: 2 * 24 * 60 + 30,
  likes: 1_045,
  reposts: 388,
  commentCount: 1_203,
  reads: 402_000,
  comments: [
    { id: '5231402200000001', user: runner, text: '被扣了两次钱，客服电话根本打不通，太失望了', minutesAgo: 2 * 24 * 60, likes: 530 },
    { id: '5231402200000002', user: mom, text: '早高峰赶地铁，付了钱没出单，迟到还被扣了全勤……', minutesAgo: 2 * 24 * 60 - 20, likes: 311 },
    { id: '5231402200000003', user: critic, text: '道歉态度算诚恳，但三个工作日退款太久了，建议直接原路秒退+补券。', minutesAgo: 2 * 24 * 60 - 45, likes: 1_204 },
    { id: '5231402200000004', user: xiaoman, text: '理解理解，系统升级谁都会出问题，退款到账了👌', minutesAgo: 2 * 24 * 60 - 90, likes: 96 },
    {
      id: '5231402200000005', user: pm, text: '这是第二次了吧？上个月也挂过一次，支付链路得好好做压测了',
      minutesAgo: 2 * 24 * 60 - 120, likes: 402,
      replies: [
        { id: '5231402200000105', user: LUMINA_WEIBO, text: '感谢提醒，技术团队已在复盘，本周会公布改进措施。', minutesAgo: 2 * 24 * 60 - 150, likes: 77 },
      ],
    },
    { id: '5231402200000006', user: expat, text: 'Got charged twice as well, refund arrived this morning. Thanks for the quick fix.', minutesAgo: 24 * 60, likes: 22 },
  ],
};

const moreOwnPosts: DemoWeiboPost[] = [
  {
    id: '5230990012345678', mblogid: 'PfA8cK1zR', user: LUMINA_WEIBO, minutesAgo: 4 * 24 * 60, likes: 5_820, reposts: 640, commentCount: 932,
    text: '🎉 光合咖啡第100家门店在成都太古里开业啦！开业三天全场第二杯半价，现场还有手冲体验课，欢迎来玩～',
    pictures: 6, comments: [],
  },
  {
    id: '5230612298761234', mblogid: 'Pf5QnW0aE', user: LUMINA_WEIBO, minutesAgo: 7 * 24 * 60, likes: 742, reposts: 58, commentCount: 121,
    text: '#光合咖啡豆知识# 为什么浅烘的豆子喝起来更“酸”？因为烘焙越浅，保留的果酸越多。喜欢花果香的朋友可以试试我们的耶加雪菲单品。',
    comments: [],
  },
];

export const WEIBO_DEMO_POSTS: readonly DemoWeiboPost[] = [launch, outage, ...moreOwnPosts];
/** The brand account's timeline (mymblog), newest first. */
export const WEIBO_DEMO_TIMELINE: readonly DemoWeiboPost[] = WEIBO_DEMO_POSTS;
export const WEIBO_DEMO_LAUNCH = launch;
export const WEIBO_DEMO_OUTAGE = outage;

export function allComments(post: DemoWeiboPost): DemoWeiboComment[] {
  return post.comments.flatMap((comment) => [comment, ...(comment.replies ?? [])]);
}
