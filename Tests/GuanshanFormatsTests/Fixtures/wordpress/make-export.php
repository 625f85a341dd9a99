<?php
// Builds a small Chinese WordPress site in an empty database and prints its WXR export.
// Run: php make-export.php > guanshan-wordpress.xml   (see README.md in this folder)

$_SERVER['HTTP_HOST'] = 'wxr.localhost';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

$installed = wp_install('观山测试站', 'admin', 'admin@example.invalid', true, '', 'admin-password-not-used');
update_option('timezone_string', 'Asia/Shanghai');
update_option('permalink_structure', '');
update_option('blogdescription', '用于导入测试的中文站点');
wp_set_current_user($installed['user_id']);

// wp_install writes an English sample post, page and comment: remove them.
foreach (get_posts(array('post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1)) as $sample) {
    wp_delete_post($sample->ID, true);
}
wp_update_term(1, 'category', array('name' => '未分类', 'slug' => 'weifenlei'));

function author($login, $display) {
    $id = wp_create_user($login, wp_generate_password(), $login . '@example.invalid');
    wp_update_user(array('ID' => $id, 'display_name' => $display, 'role' => 'author'));
    return $id;
}
$zhang = author('zhangwei', '张伟');
$li = author('lina', '李娜');

$notices = wp_insert_term('通知公告', 'category', array('slug' => 'tongzhi'))['term_id'];
$policy = wp_insert_term('政策解读', 'category', array('slug' => 'zhengce'))['term_id'];
$local = wp_insert_term('地方政策', 'category', array('slug' => 'difang', 'parent' => $policy))['term_id'];
foreach (array('教育' => 'jiaoyu', '医疗' => 'yiliao', '住房' => 'zhufang', '交通' => 'jiaotong', '环保' => 'huanbao') as $name => $slug) {
    wp_insert_term($name, 'post_tag', array('slug' => $slug));
}

function post($fields, $category = null, $tags = array()) {
    $id = wp_insert_post(array_merge(array('post_type' => 'post', 'post_status' => 'publish'), $fields), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    if ($category !== null) wp_set_post_terms($id, array($category), 'category');
    if ($tags) wp_set_post_terms($id, $tags, 'post_tag');
    return $id;
}

// 1. Gutenberg blocks: heading, list, bold, link; a comment.
$opening = post(array(
    'post_author' => $zhang,
    'post_date' => '2024-02-20 09:30:00',
    'post_title' => '关于做好2024年春季学期开学工作的通知',
    'post_content' => <<<'HTML'
<!-- wp:paragraph -->
<p>各区教育局、各直属学校：</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>为做好2024年春季学期开学工作，确保校园安全稳定，现将有关事项通知如下。</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>一、开学时间</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>全市中小学于<strong>2月26日</strong>正式开学，学生2月24日至25日返校报到。</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>二、工作要求</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>开学前完成校舍安全排查；</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>做好教材和教辅资料发放；</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>落实家校沟通机制。</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:paragraph -->
<p>具体安排详见<a href="https://example.invalid/jiaoyu/2024-kaixue">市教育局网站</a>。</p>
<!-- /wp:paragraph -->
HTML
), $notices, array('教育'));
wp_insert_comment(array(
    'comment_post_ID' => $opening,
    'comment_author' => '王老师',
    'comment_author_email' => 'wang@example.invalid',
    'comment_content' => '请问寄宿生可以提前一天返校吗？',
    'comment_date' => '2024-02-21 08:15:00',
    'comment_date_gmt' => '2024-02-21 00:15:00',
    'comment_approved' => 1,
));

// 2. A long post in three pages (Gutenberg's page-break block).
$pages = array(
    array('第一部分：背景', '城市更新是推动城市高质量发展的重要途径。近年来，老旧小区改造、历史街区保护和公共空间提升同步推进。', '本市自2021年起开展试点，累计改造老旧小区三百余个，惠及居民十二万户。'),
    array('第二部分：主要内容', '新政策明确了规划引领、分类实施、多元参与三项原则，鼓励社会资本参与更新项目。', '对于涉及居民切身利益的事项，须经过充分协商，并公示不少于十五日。'),
    array('第三部分：保障措施', '各区应建立城市更新项目库，实行动态管理，并将实施情况纳入年度考核。', '本政策自发布之日起施行，有效期五年。'),
);
$parts = array();
foreach ($pages as $page) {
    $parts[] = "<!-- wp:heading -->\n<h2>{$page[0]}</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>{$page[1]}</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>{$page[2]}</p>\n<!-- /wp:paragraph -->";
}
post(array(
    'post_author' => $li,
    'post_date' => '2024-05-08 14:00:00',
    'post_title' => '城市更新条例解读',
    'post_content' => implode("\n\n<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->\n\n", $parts),
), $policy, array('住房'));

// 3. Classic editor HTML (no block comments): a table and a link.
post(array(
    'post_author' => $zhang,
    'post_date' => '2023-07-01 10:00:00',
    'post_title' => '本市公共交通票价调整方案',
    'post_content' => <<<'HTML'
<p>经市政府同意，自2023年8月1日起调整公共交通票价，具体如下：</p>
<table>
<thead><tr><th>类别</th><th>现行票价</th><th>调整后票价</th></tr></thead>
<tbody>
<tr><td>普通公交</td><td>1元</td><td>2元</td></tr>
<tr><td>地铁起步价</td><td>2元</td><td>3元</td></tr>
</tbody>
</table>
<p>老年人、残疾人等群体继续享受免费乘车政策。详情请访问<a href="https://example.invalid/jiaotong">交通运输局</a>。</p>
HTML
), $local, array('交通'));

// 4. A quote, and two tags.
post(array(
    'post_author' => $li,
    'post_date' => '2023-11-15 16:45:00',
    'post_title' => '医疗保障新规要点',
    'post_content' => <<<'HTML'
<!-- wp:paragraph -->
<p>新修订的医疗保障办法将于明年一月起施行，主要变化有三点。</p>
<!-- /wp:paragraph -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>参保人员在异地就医时，可以直接结算住院费用。</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->

<!-- wp:paragraph -->
<p>此外，门诊报销比例提高<em>五个百分点</em>，租房人员也可在居住地参保。</p>
<!-- /wp:paragraph -->
HTML
), $policy, array('医疗', '住房'));

// 5. A draft: WordPress leaves its GMT date at 0000-00-00 00:00:00.
post(array(
    'post_author' => $zhang,
    'post_status' => 'draft',
    'post_date' => '2024-06-03 11:20:00',
    'post_title' => '2024年环境保护工作要点（征求意见稿）',
    'post_content' => "<!-- wp:paragraph -->\n<p>本文件尚在征求意见阶段，请勿转载。</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>重点任务包括大气污染防治和河湖生态修复。</p>\n<!-- /wp:paragraph -->",
), $notices, array('环保'));

// 6. A private post.
post(array(
    'post_author' => $li,
    'post_status' => 'private',
    'post_date' => '2024-03-12 08:00:00',
    'post_title' => '编辑部内部工作安排',
    'post_content' => "<p>三月份起，稿件统一由值班编辑审核后发布。</p>\n<p>每周五下午召开选题会。</p>",
), $notices);

// A page.
post(array(
    'post_type' => 'page',
    'post_author' => $zhang,
    'post_date' => '2023-05-04 09:00:00',
    'post_title' => '关于本站',
    'post_content' => "<!-- wp:paragraph -->\n<p>观山测试站收录各类政策文件和通知公告。</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>如有问题，请联系编辑部。</p>\n<!-- /wp:paragraph -->",
));

// A trashed post.
$old = post(array(
    'post_author' => $li,
    'post_date' => '2023-03-01 10:00:00',
    'post_title' => '已废止的旧通知',
    'post_content' => '<p>本通知已废止。</p>',
), $notices);
wp_trash_post($old);

// An attachment of the first post.
wp_insert_attachment(array(
    'post_author' => $zhang,
    'post_date' => '2024-02-20 09:00:00',
    'post_title' => '开学通知配图',
    'post_mime_type' => 'image/png',
    'guid' => 'http://wxr.localhost/wp-content/uploads/2024/02/kaixue.png',
    'post_status' => 'inherit',
), false, $opening);

ob_start();
export_wp(array('content' => 'all'));
$xml = ob_get_clean();
echo $xml;
